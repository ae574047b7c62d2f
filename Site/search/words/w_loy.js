BRIEFINGS_SEARCH_WORDS("loy",{
"loyal":"42,1p,1v,c;42,1p",
"loyales":"h,u,6p",
"loyalist":"2u"
});
