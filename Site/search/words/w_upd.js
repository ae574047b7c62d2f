BRIEFINGS_SEARCH_WORDS("upd",{
"update":"48,3e;48"
});
