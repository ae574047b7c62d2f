BRIEFINGS_SEARCH_WORDS("kyr",{
"kyriakos":"1w,1d,37,b,i,2,a;1w,4v"
});
