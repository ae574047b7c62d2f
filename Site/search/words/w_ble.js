BRIEFINGS_SEARCH_WORDS("ble",{
"blesse":"5c,2g",
"blesses":"7o,7"
});
