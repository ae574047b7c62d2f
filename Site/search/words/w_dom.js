BRIEFINGS_SEARCH_WORDS("dom",{
"dominant":"1f",
"dominated":"7j",
"domine":"4,1b",
"dominee":"7i"
});
