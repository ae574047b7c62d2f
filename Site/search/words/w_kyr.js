BRIEFINGS_SEARCH_WORDS("kyr",{
"kyriakos":"1w,1z,36,a,j,2,a;1w,5f"
});
