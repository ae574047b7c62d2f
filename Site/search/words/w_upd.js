BRIEFINGS_SEARCH_WORDS("upd",{
"update":"49,3a;49"
});
