BRIEFINGS_SEARCH_WORDS("dom",{
"dominant":"1f",
"dominated":"7m",
"domine":"4,1b",
"dominee":"7l"
});
