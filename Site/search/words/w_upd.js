BRIEFINGS_SEARCH_WORDS("upd",{
"update":"49,3b;49"
});
