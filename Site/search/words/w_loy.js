BRIEFINGS_SEARCH_WORDS("loy",{
"loyal":"42,1p,1u,c;42,1p",
"loyales":"h,u,6o",
"loyalist":"2u"
});
