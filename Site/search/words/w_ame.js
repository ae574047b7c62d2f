BRIEFINGS_SEARCH_WORDS("ame",{
"america":"x,4,s,c",
"americain":"x,4,m,i,5h",
"americaine":"11,2,e,c,c,n",
"americaines":"11",
"americains":"11,j",
"american":"x,4"
});
