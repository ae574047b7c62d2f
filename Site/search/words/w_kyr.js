BRIEFINGS_SEARCH_WORDS("kyr",{
"kyriakos":"1w,1d,36,a,j,2,a;1w,4t"
});
