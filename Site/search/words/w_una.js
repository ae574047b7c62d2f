BRIEFINGS_SEARCH_WORDS("una",{
"unanime":"4d,3v;4d",
"unanimite":"31,u"
});
