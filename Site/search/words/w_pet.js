BRIEFINGS_SEARCH_WORDS("pet",{
"petite":"7s",
"petrole":"2,p,1i,2c,3n;r",
"petroliere":"r",
"petrolieres":"88",
"petroliers":"1v,e,5z",
"petsas":"2r,4a,v;2r"
});
