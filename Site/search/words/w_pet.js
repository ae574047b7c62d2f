BRIEFINGS_SEARCH_WORDS("pet",{
"petite":"76",
"petrole":"2,p,1h,1q,3o;r",
"petroliere":"r",
"petrolieres":"7m",
"petroliers":"1v,d,5e",
"petsas":"2q,3p,v;2q"
});
