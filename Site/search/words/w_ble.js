BRIEFINGS_SEARCH_WORDS("ble",{
"blesse":"5b,2f",
"blesses":"7m,7"
});
