import { useImmediateValue } from '../../hooks/use-immediate-value';

/** A yes/no setting; saved as soon as it changes. */
export const SettingsCheckboxField = ({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) => {
  const [shown, setShown] = useImmediateValue(checked);
  return (
    <label className="choice settings-checkbox">
      <input
        type="checkbox"
        checked={shown}
        onChange={(event) => {
          setShown(event.target.checked);
          onChange(event.target.checked);
        }}
      />
      {label}
    </label>
  );
};
