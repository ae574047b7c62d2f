BRIEFINGS_SEARCH_WORDS("ble",{
"blesse":"5s,29",
"blesses":"7x,7"
});
