BRIEFINGS_SEARCH_WORDS("ide",{
"identified":"82"
});
