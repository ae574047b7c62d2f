BRIEFINGS_SEARCH_WORDS("upd",{
"update":"4d,3i;4d"
});
