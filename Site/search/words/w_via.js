BRIEFINGS_SEARCH_WORDS("via",{
"via":"7r"
});
