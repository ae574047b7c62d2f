BRIEFINGS_SEARCH_WORDS("dom",{
"dominant":"1f",
"dominated":"7k",
"domine":"4,1b",
"dominee":"7j"
});
