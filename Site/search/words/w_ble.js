BRIEFINGS_SEARCH_WORDS("ble",{
"blesse":"54,2c",
"blesses":"7c,7"
});
