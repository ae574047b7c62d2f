BRIEFINGS_SEARCH_WORDS("upd",{
"update":"4d,3j;4d"
});
