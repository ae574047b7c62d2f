BRIEFINGS_SEARCH_WORDS("cla",{
"clairement":"7t",
"clashing":"7o",
"classee":"1f,1u"
});
