BRIEFINGS_SEARCH_WORDS("rac",{
"raccourci":"7d,7;7d"
});
