BRIEFINGS_SEARCH_WORDS("rad",{
"radicaux":"3w"
});
