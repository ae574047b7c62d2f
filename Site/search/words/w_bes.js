BRIEFINGS_SEARCH_WORDS("bes",{
"besoin":"3x"
});
