BRIEFINGS_SEARCH_WORDS("dom",{
"dominant":"1f",
"dominated":"85",
"domine":"4,1b",
"dominee":"84"
});
