BRIEFINGS_SEARCH_WORDS("kee",{
"keep":"4r,3,f,1,r,1y,4,2;4u"
});
