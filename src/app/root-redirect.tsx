// `/`: sends the learner to their saved language, else the browser's, else English.
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { paths, preferredLanguage } from './paths';
import { startSettingsPersistence, useSettings } from './settings';

export function RootRedirect() {
  const navigate = useNavigate();
  useEffect(() => {
    void startSettingsPersistence().then(() => {
      const lang = preferredLanguage(useSettings.getState().language, navigator.languages);
      void navigate(paths.home(lang), { replace: true });
    });
  }, [navigate]);
  return null;
}
