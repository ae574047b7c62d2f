BRIEFINGS_SEARCH_WORDS("via",{
"via":"70,j"
});
