BRIEFINGS_SEARCH_WORDS("rac",{
"raccourci":"7l,7;7l"
});
