BRIEFINGS_SEARCH_WORDS("pet",{
"petite":"76",
"petrole":"2,p,1i,1q,3n;r",
"petroliere":"r",
"petrolieres":"7m",
"petroliers":"1v,e,5d",
"petsas":"2r,3o,v;2r"
});
