BRIEFINGS_SEARCH_WORDS("upd",{
"update":"4e,3j;4e"
});
