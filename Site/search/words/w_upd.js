BRIEFINGS_SEARCH_WORDS("upd",{
"update":"48,3c;48"
});
