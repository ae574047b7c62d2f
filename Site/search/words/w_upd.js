BRIEFINGS_SEARCH_WORDS("upd",{
"update":"48,3b;48"
});
