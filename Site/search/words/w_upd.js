BRIEFINGS_SEARCH_WORDS("upd",{
"update":"4d,3h;4d"
});
