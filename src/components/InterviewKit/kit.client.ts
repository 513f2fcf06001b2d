/**
 * Print and download buttons of the interview kit. The files are built at build time and read
 * from the page; printing leans on the @media print rules in InterviewKit.astro.
 */
import { downloadFile } from '../../lib/download';
import { fill } from '../../lib/template';

interface KitFile {
  name: string;
  type: string;
  text: string;
}

const actions = document.querySelector<HTMLElement>('[data-kit-actions]');
const data = document.getElementById('ikit-files');
if (actions && data) {
  const files = JSON.parse(data.textContent ?? '{}') as Record<'kit' | 'scorecard', KitFile> & {
    downloaded: string;
  };
  const status = actions.querySelector<HTMLElement>('[data-kit-status]')!;
  const root = document.documentElement;

  for (const button of actions.querySelectorAll<HTMLButtonElement>('[data-print-button]')) {
    button.addEventListener('click', () => {
      if (button.dataset['printButton'] === 'scorecard') root.dataset['printOnly'] = 'scorecard';
      window.print();
    });
  }
  window.addEventListener('afterprint', () => delete root.dataset['printOnly']);

  for (const button of actions.querySelectorAll<HTMLButtonElement>('[data-kit-download]')) {
    button.addEventListener('click', () => {
      const file = files[button.dataset['kitDownload'] as 'kit' | 'scorecard'];
      downloadFile(file.name, file.text, file.type);
      status.textContent = fill(files.downloaded, { file: file.name });
    });
  }
  actions.hidden = false;
}
