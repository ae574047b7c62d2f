BRIEFINGS_SEARCH_WORDS("ble",{
"blesse":"56,29",
"blesses":"7b,7"
});
