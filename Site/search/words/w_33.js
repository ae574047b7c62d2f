BRIEFINGS_SEARCH_WORDS("33",{
"33":"1,11,1c,3z,1,d,t,1,2,1;6d,1,1a"
});
