BRIEFINGS_SEARCH_WORDS("pek",{
"pekin":"o"
});
