BRIEFINGS_SEARCH_WORDS("cla",{
"clairement":"7i",
"clashing":"7d",
"classee":"1f,1u"
});
