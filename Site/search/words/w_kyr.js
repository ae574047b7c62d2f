BRIEFINGS_SEARCH_WORDS("kyr",{
"kyriakos":"1w,1c,39,c,i,2,a;1w,4x"
});
