BRIEFINGS_SEARCH_WORDS("rac",{
"raccourci":"70,7;70"
});
