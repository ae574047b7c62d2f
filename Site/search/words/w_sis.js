BRIEFINGS_SEARCH_WORDS("sis",{
"sisi":"3",
"sissi":"3,85;3"
});
