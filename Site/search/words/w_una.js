BRIEFINGS_SEARCH_WORDS("una",{
"unanime":"3r,48;3r",
"unanimite":"30,8"
});
