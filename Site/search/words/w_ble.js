BRIEFINGS_SEARCH_WORDS("ble",{
"blesse":"57,29",
"blesses":"7c,7"
});
