BRIEFINGS_SEARCH_WORDS("ble",{
"blesse":"56,2c",
"blesses":"7e,7"
});
