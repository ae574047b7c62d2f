BRIEFINGS_SEARCH_WORDS("una",{
"unanime":"3r,3v;3r",
"unanimite":"31,8"
});
