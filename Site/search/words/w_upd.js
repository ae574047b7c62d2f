BRIEFINGS_SEARCH_WORDS("upd",{
"update":"4v,3a;4v"
});
