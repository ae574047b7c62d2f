BRIEFINGS_SEARCH_WORDS("ble",{
"blesse":"5c,2h",
"blesses":"7p,7"
});
