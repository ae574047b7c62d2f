BRIEFINGS_SEARCH_WORDS("ble",{
"blesse":"5c,2f",
"blesses":"7n,7"
});
